/* SPDX-License-Identifier: MIT */
/* Replays fuzz inputs through a target without libFuzzer: every file named
 * on the command line, or every file in a named directory, each in an
 * exact-size heap buffer and in a child process of its own, so that one
 * crash, sanitizer report or oracle failure does not hide what the other
 * inputs would show (COCOMM_FUZZ_FORK=0, and WASI, which has no processes,
 * run them all in this process and stop at the first, naming each input
 * on stderr before running it). An input that takes longer than
 * COCOMM_FUZZ_TIMEOUT seconds (default 5; 0 for no limit) fails, as under
 * libFuzzer's -timeout: the library promises time linear in its input, and
 * every input here is small. Prints "replay: N passed, N failed" and exits
 * non-zero if any failed. */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#if defined(__wasi__) /* no processes: one at a time, in this one (tests/alt-build.sh) */
#  define HAVE_FORK 0
#else
#  define HAVE_FORK 1
#  include <sys/types.h>
#  include <sys/wait.h>
#  include <unistd.h>
#endif

#include "fuzz.h"

static double timeout_seconds = 5;
static int use_fork = HAVE_FORK;
static unsigned runs, failed;

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void run_one(const char *name, const uint8_t *data, size_t n) {
  /* In a child, a report is followed by the parent's "NAME: FAILED"; in
   * this process it must follow the input's name. */
  if (!use_fork) fprintf(stderr, "replaying %s (%zu bytes)\n", name, n);
  fflush(stderr);
  runs++;
  double start = now();
  int ok = 1;
#if HAVE_FORK
  if (use_fork) {
    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) {
      /* A runaway input is killed well after it has been judged slow. */
      if (timeout_seconds > 0) alarm((unsigned)(timeout_seconds * 6) + 1);
      LLVMFuzzerTestOneInput(data, n);
      fflush(NULL);
      _exit(0);
    }
    int status = 0;
    if (pid < 0 || waitpid(pid, &status, 0) != pid) {
      fprintf(stderr, "%s: cannot run it in a child process\n", name);
      ok = 0;
    } else if (WIFSIGNALED(status)) {
      fprintf(stderr, "%s: FAILED, killed by signal %d\n", name, WTERMSIG(status));
      ok = 0;
    } else if (WEXITSTATUS(status) != 0) {
      fprintf(stderr, "%s: FAILED, exit status %d\n", name, WEXITSTATUS(status));
      ok = 0;
    }
  } else
#endif
  {
    LLVMFuzzerTestOneInput(data, n);
  }
  double took = now() - start;
  if (ok && timeout_seconds > 0 && took > timeout_seconds) {
    fprintf(stderr, "%s: FAILED, took %.1f s, more than the %.0f s an input may take\n", name, took,
            timeout_seconds);
    ok = 0;
  }
  failed += !ok;
}

static int replay_file(const char *path) {
  FILE *f = fopen(path, "rb");
  if (f == NULL) return -1;
  size_t cap = 1 << 16, n = 0;
  uint8_t *buf = malloc(cap);
  for (size_t got; buf && (got = fread(buf + n, 1, cap - n, f)) > 0;) {
    n += got;
    if (n == cap) {
      uint8_t *bigger = realloc(buf, cap * 2);
      if (bigger == NULL) break;
      buf = bigger;
      cap *= 2;
    }
  }
  fclose(f);
  if (buf == NULL) return -1;
  /* An exact-size copy, so that AddressSanitizer sees any over-read. */
  uint8_t *exact = malloc(n ? n : 1);
  memcpy(exact, buf, n);
  free(buf);
  run_one(path, exact, n);
  free(exact);
  return 0;
}

static int by_name(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

int main(int argc, char **argv) {
  const char *limit = getenv("COCOMM_FUZZ_TIMEOUT"), *fork_env = getenv("COCOMM_FUZZ_FORK");
  if (limit != NULL && *limit != '\0') timeout_seconds = atof(limit);
  if (fork_env != NULL && strcmp(fork_env, "0") == 0) use_fork = 0;
  for (int i = 1; i < argc; i++) {
    struct stat st;
    if (stat(argv[i], &st) != 0) {
      fprintf(stderr, "%s: not found\n", argv[i]);
      return 1;
    }
    if (!S_ISDIR(st.st_mode)) {
      if (replay_file(argv[i]) != 0) return 1;
      continue;
    }
    /* In name order, so that every run reports in the same order. */
    DIR *d = opendir(argv[i]);
    char **names = NULL;
    size_t count = 0;
    for (struct dirent *e; d && (e = readdir(d)) != NULL;) {
      if (e->d_name[0] == '.') continue;
      names = realloc(names, (count + 1) * sizeof *names);
      size_t len = strlen(argv[i]) + strlen(e->d_name) + 2;
      names[count] = malloc(len);
      snprintf(names[count++], len, "%s/%s", argv[i], e->d_name);
    }
    if (d) closedir(d);
    if (count) qsort(names, count, sizeof *names, by_name);
    for (size_t k = 0; k < count; k++) {
      if (replay_file(names[k]) != 0) return 1;
      free(names[k]);
    }
    free(names);
  }
  /* The empty input too. */
  run_one("(empty input)", (const uint8_t *)"", 0);
  printf("replay: %u passed, %u failed\n", runs - failed, failed);
  return runs > 1 && failed == 0 ? 0 : 1;
}
