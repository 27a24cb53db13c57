package org.coproduce.involvement.activity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    description =
        "Who attended a session and for how long; recorded all together or, if any line is wrong,"
            + " not at all")
public record NewAttendanceSheet(
    @NotEmpty @Size(max = 100) List<@Valid @NotNull AttendanceEntry> entries) {}
