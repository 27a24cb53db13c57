package org.coproduce.launcher.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunRecordTest {
  @TempDir Path dir;
  private Child sleeper;

  @AfterEach
  void killSleeper() {
    if (sleeper != null) {
      sleeper.process().destroyForcibly();
    }
  }

  @Test
  void aProcessLeftByAKilledRunIsStoppedByTheNextRun() throws Exception {
    Path file = dir.resolve("run.pids");
    sleeper = startSleeper(new RunRecord(file));

    int stopped = new RunRecord(file).stopLeftovers();

    assertThat(stopped).isEqualTo(1);
    assertThat(sleeper.process().waitFor(5, TimeUnit.SECONDS)).isTrue();
    assertThat(file).doesNotExist();
  }

  @Test
  void aPidWhoseStartTimeDiffersIsNeverTouched() throws Exception {
    Path file = dir.resolve("run.pids");
    sleeper = startSleeper(new RunRecord(file));
    Files.writeString(file, sleeper.pid() + "\t12345\tsleeper\n");

    int stopped = new RunRecord(file).stopLeftovers();

    assertThat(stopped).isZero();
    assertThat(sleeper.isAlive()).isTrue();
  }

  @Test
  void stoppingEverythingForgetsTheRecord() {
    Path file = dir.resolve("run.pids");
    RunRecord record = new RunRecord(file);
    Children children = new Children(record);
    sleeper =
        children.start(
            Layer.APPLICATION,
            "sleeper",
            List.of("sleep", "60"),
            dir,
            Map.of(),
            dir.resolve("sleeper.log"));

    children.stopAll();

    assertThat(sleeper.isAlive()).isFalse();
    assertThat(file).doesNotExist();
  }

  private Child startSleeper(RunRecord record) {
    return new Children(record)
        .start(
            Layer.APPLICATION,
            "sleeper",
            List.of("sleep", "60"),
            dir,
            Map.of(),
            dir.resolve("sleeper.log"));
  }
}
