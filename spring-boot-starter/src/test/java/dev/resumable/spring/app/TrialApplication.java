package dev.resumable.spring.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** An application with one workflow bean, {@link Reminders}. */
@SpringBootApplication
public class TrialApplication {}
