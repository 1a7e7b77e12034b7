package io.workforce.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PostgresExtension.class)
class PostgresSmokeIT {

  @Test
  void acceptsAQueryOnLoopback(LocalPostgres pg) throws Exception {
    String url = pg.createDatabase("smoke");
    try (Connection c = DriverManager.getConnection(url, pg.user(), "");
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE item (ref text PRIMARY KEY, n int)");
      s.execute("INSERT INTO item VALUES ('甲-1', 20), ('乙-2', 22)");
      try (ResultSet rs =
          s.executeQuery("SELECT sum(n), current_setting('listen_addresses') FROM item")) {
        rs.next();
        assertThat(rs.getInt(1)).isEqualTo(42);
        assertThat(rs.getString(2)).isEqualTo("127.0.0.1");
      }
    }
    assertThat(url).startsWith("jdbc:postgresql://127.0.0.1:" + pg.port());
  }
}
