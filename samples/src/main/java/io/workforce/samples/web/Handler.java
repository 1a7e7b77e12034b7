package io.workforce.samples.web;

/** Answers one request; thrown exceptions become a plain 500 page. */
@FunctionalInterface
public interface Handler {
  Response handle(Request request) throws Exception;
}
