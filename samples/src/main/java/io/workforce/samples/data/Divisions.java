package io.workforce.samples.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The embedded table of real administrative divisions (a few provinces, cities and districts with
 * their GB/T 2260 codes) that addresses, ID numbers and the intake system's cascading selects are
 * built from.
 */
public final class Divisions {

  /** The city whose enterprise registry the samples imitate: 杭州市. */
  public static final String REGISTRY_CITY = "330100";

  private static final Divisions TABLE = load();

  private final Map<String, Division> byCode;
  private final Map<String, List<Division>> children;

  private Divisions(Map<String, Division> byCode, Map<String, List<Division>> children) {
    this.byCode = byCode;
    this.children = children;
  }

  /** The embedded table (loaded once). */
  public static Divisions table() {
    return TABLE;
  }

  /** Provinces in code order. */
  public List<Division> provinces() {
    return children.getOrDefault(null, List.of());
  }

  /** Cities of a province or districts of a city, in code order; empty for an unknown code. */
  public List<Division> childrenOf(String code) {
    return children.getOrDefault(code, List.of());
  }

  /** The division with this code, or null. */
  public Division get(String code) {
    return byCode.get(code);
  }

  /** Every district in the table, in code order. */
  public List<Division> districts() {
    return byCode.values().stream().filter(Division::isDistrict).toList();
  }

  /** Province, city and district of a district code. */
  public List<Division> path(String districtCode) {
    Division district = require(districtCode);
    Division city = require(district.parentCode());
    return List.of(require(city.parentCode()), city, district);
  }

  private Division require(String code) {
    Division d = byCode.get(code);
    if (d == null) {
      throw new IllegalArgumentException(
          "unknown division code '" + code + "' (not in divisions.tsv)");
    }
    return d;
  }

  private static Divisions load() {
    Map<String, Division> byCode = new LinkedHashMap<>();
    Map<String, List<Division>> children = new LinkedHashMap<>();
    try (InputStream in = Divisions.class.getResourceAsStream("divisions.tsv");
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        Division d = new Division(cols[0], cols[1]);
        byCode.put(d.code(), d);
        children.computeIfAbsent(d.parentCode(), k -> new ArrayList<>()).add(d);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the embedded divisions.tsv", e);
    }
    children.replaceAll((k, v) -> Collections.unmodifiableList(v));
    return new Divisions(Collections.unmodifiableMap(byCode), children);
  }
}
