package io.workforce.e2e.controlcenter;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A browser test class that needs an orchestrator of its own (its figures count everything in the
 * database); the others share one, started once per test JVM.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@interface OwnOrchestrator {}
