package org.plenary.web.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * CPU time a process has used so far (user and system, all its threads), read from Linux's {@code
 * /proc/<pid>/stat}: the difference over a measured interval divided by the work done is what a
 * unit of work costs (on a shared machine it moves with the machine, as throughput does).
 */
final class ProcessCpu {
  /** Linux reports these times in clock ticks of 1/100 s (USER_HZ, fixed at 100 on x86 and ARM). */
  private static final double TICK = 0.01;

  private ProcessCpu() {}

  /** Seconds of CPU the process has used. */
  static double of(long pid) throws IOException {
    long[] times = times(pid);
    return (times[0] + times[1]) * TICK;
  }

  /**
   * Seconds of CPU of a process and of its children: those alive now, and those it has waited for
   * after they ended (PostgreSQL's postmaster and its backends).
   */
  static double ofTree(long parent) throws IOException {
    long[] own = times(parent);
    long ticks = own[0] + own[1] + own[2] + own[3];
    try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
      for (Path process : (Iterable<Path>) processes::iterator) {
        String name = process.getFileName().toString();
        if (!name.chars().allMatch(Character::isDigit)) {
          continue;
        }
        long pid = Long.parseLong(name);
        try {
          if (parent(pid) == parent) {
            long[] child = times(pid);
            ticks += child[0] + child[1];
          }
        } catch (IOException ended) {
          // it ended between the listing and the read: its time is in the parent's children's
        }
      }
    }
    return ticks * TICK;
  }

  /**
   * Seconds of CPU of those of the process's threads, alive now, whose name (as Linux keeps it, cut
   * to 15 characters) passes the test: the JIT compilers' threads, say.
   */
  static double ofThreads(long pid, Predicate<String> name) throws IOException {
    long ticks = 0;
    try (Stream<Path> threads = Files.list(Path.of("/proc/" + pid + "/task"))) {
      for (Path thread : (Iterable<Path>) threads::iterator) {
        try {
          String stat = Files.readString(thread.resolve("stat"));
          if (name.test(stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')))) {
            long[] times = times(stat);
            ticks += times[0] + times[1];
          }
        } catch (IOException ended) {
          // the thread ended between the listing and the read
        }
      }
    }
    return ticks * TICK;
  }

  /** The parent's process id. */
  static long parent(long pid) throws IOException {
    return Long.parseLong(fields(stat(pid))[1]);
  }

  private static long[] times(long pid) throws IOException {
    return times(stat(pid));
  }

  /** utime, stime, cutime, cstime (fields 14 to 17 of a stat line). */
  private static long[] times(String stat) {
    String[] fields = fields(stat);
    return new long[] {
      Long.parseLong(fields[11]),
      Long.parseLong(fields[12]),
      Long.parseLong(fields[13]),
      Long.parseLong(fields[14])
    };
  }

  private static String stat(long pid) throws IOException {
    return Files.readString(Path.of("/proc/" + pid + "/stat"));
  }

  /** The fields after the command's name (which may hold spaces): the first is field 3, state. */
  private static String[] fields(String stat) {
    return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
  }
}
