package io.workforce.orchestrator.jobfile;

import java.time.Instant;
import java.util.List;

/**
 * A file uploaded as a job's input. Start the job with {@code "inputs": {"file": "<id>"}}.
 *
 * @param id the file's id
 * @param name the name it was uploaded with
 * @param contentType its type
 * @param size bytes
 * @param sha256 SHA-256 of its content
 * @param dataRows rows below the header row (spreadsheets), or null
 * @param columns the header row's columns (spreadsheets; only in the upload's answer)
 * @param preview the first rows below the header (spreadsheets; only in the upload's answer)
 * @param uploadedBy who uploaded it
 * @param uploadedAt when
 */
public record JobFileView(
    String id,
    String name,
    String contentType,
    long size,
    String sha256,
    Integer dataRows,
    List<String> columns,
    List<List<String>> preview,
    String uploadedBy,
    Instant uploadedAt) {}
