package io.workforce.samples.data;

import java.time.LocalDateTime;
import java.util.Map;

/**
 * One application filed in the intake system (政务服务受理系统).
 *
 * @param receiptNo receipt number (受理编号), e.g. SL202506180007
 * @param service {@code company} (新设企业信息采集) or {@code subsidy} (育儿补贴申领)
 * @param key the duplicate-check key: the credit code (company) or the child's ID number (subsidy)
 * @param title what the list page shows: the company's or the child's name
 * @param filedAt when it was filed
 * @param filedBy the clerk account that filed it
 * @param fields every form field by name, as stored (see {@link ApplicationFields})
 */
public record Application(
    String receiptNo,
    String service,
    String key,
    String title,
    LocalDateTime filedAt,
    String filedBy,
    Map<String, String> fields) {}
