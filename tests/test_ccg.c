/* SPDX-License-Identifier: MIT */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cocomm/cocomm.h>

#include "harness.h"

static void ods_codes(void) {
  const char *good[] = {"00C", "13T", "99A", "ZZZ", "00Q", "00R"};
  for (size_t i = 0; i < sizeof good / sizeof good[0]; i++)
    ASSERT_STATUS(cocomm_ccg_check_ods_code(good[i], COCOMM_NTS), COCOMM_OK);
  const char *bad[] = {"0Q", "00q", "00Q ", "ABCD", "", " 00Q", "0-Q", "00\xc3\x9f"};
  for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
    if (cocomm_ccg_check_ods_code(bad[i], COCOMM_NTS) != COCOMM_ERR_PARSE) CU_FAIL(bad[i]);
  ASSERT_STATUS(cocomm_ccg_check_ods_code("00QX", 3), COCOMM_OK);
  ASSERT_STATUS(cocomm_ccg_check_ods_code(NULL, 3), COCOMM_ERR_INVALID_ARGUMENT);
}

/* Every code of the 209 CCGs open on 1 April 2015 validates. */
static void bundled_ccg_list_validates(void) {
  const char *dir = getenv("COCOMM_DATA_DIR");
  char path[1024];
  snprintf(path, sizeof path, "%s/ccgs-2015-04.csv", dir ? dir : "examples/data");
  FILE *fp = fopen(path, "r");
  CU_ASSERT_PTR_NOT_NULL_FATAL(fp);
  char line[512];
  int rows = 0, bad = 0;
  CU_ASSERT_PTR_NOT_NULL(fgets(line, sizeof line, fp)); /* header */
  CU_ASSERT_EQUAL(strncmp(line, "ods_code,", 9), 0);
  while (fgets(line, sizeof line, fp)) {
    size_t len = strcspn(line, ",");
    rows++;
    if (cocomm_ccg_check_ods_code(line, len) != COCOMM_OK) bad++;
  }
  fclose(fp);
  CU_ASSERT_EQUAL(rows, 209);
  CU_ASSERT_EQUAL(bad, 0);
}

static void ccg_init_and_check(void) {
  cocomm_ccg c;
  memset(&c, 0x5A, sizeof c);
  cocomm_ccg_init(&c);
  CU_ASSERT_EQUAL(c.struct_size, sizeof c);
  CU_ASSERT_EQUAL(cocomm_ccg_size(), sizeof c);
  CU_ASSERT_EQUAL(c.model, COCOMM_MODEL_NONE);
  CU_ASSERT_EQUAL(c.sound_financial_control, COCOMM_FACT_UNKNOWN); /* not shown, never presumed met */
  CU_ASSERT_EQUAL(c.statutory_requirements_met, COCOMM_FACT_UNKNOWN);
  CU_ASSERT_EQUAL(c.serious_governance_issues, 0);
  CU_ASSERT_PTR_NULL(c.name);
  cocomm_error err = COCOMM_ERROR_INIT;
  ASSERT_STATUS(cocomm_ccg_check(&c, &err), COCOMM_ERR_PARSE); /* no code yet */
  ASSERT_ERROR(&err, COCOMM_ERR_PARSE, -1, COCOMM_FIELD_ODS_CODE);
  memcpy(c.ods_code, "13T", 4);
  ASSERT_STATUS(cocomm_ccg_check(&c, &err), COCOMM_OK);
  ASSERT_NO_ERROR(&err);
  memcpy(c.ods_code, "13TX", 4); /* no terminator inside the field */
  ASSERT_STATUS(cocomm_ccg_check(&c, &err), COCOMM_ERR_PARSE);
  ASSERT_ERROR(&err, COCOMM_ERR_PARSE, -1, COCOMM_FIELD_ODS_CODE);
  memcpy(c.ods_code, "13T", 4);
  c.model = 4;
  ASSERT_STATUS(cocomm_ccg_check(&c, &err), COCOMM_ERR_INVALID_ARGUMENT);
  ASSERT_ERROR(&err, COCOMM_ERR_INVALID_ARGUMENT, -1, COCOMM_FIELD_MODEL);
  c.model = COCOMM_MODEL_DELEGATED;
  c.sound_financial_control = -2;
  ASSERT_STATUS(cocomm_ccg_check(&c, &err), COCOMM_ERR_INVALID_ARGUMENT);
  ASSERT_ERROR(&err, COCOMM_ERR_INVALID_ARGUMENT, -1, COCOMM_FIELD_FLAGS);
  ASSERT_STATUS(cocomm_ccg_check(&c, NULL), COCOMM_ERR_INVALID_ARGUMENT);
  c.sound_financial_control = 1;
  c.struct_size = COCOMM_CCG_SIZE_V1 - 4;
  ASSERT_STATUS(cocomm_ccg_check(&c, &err), COCOMM_ERR_STRUCT_SIZE);
  ASSERT_ERROR(&err, COCOMM_ERR_STRUCT_SIZE, -1, COCOMM_FIELD_STRUCT_SIZE);
  ASSERT_STATUS(cocomm_ccg_check(NULL, &err), COCOMM_ERR_INVALID_ARGUMENT);
  ASSERT_ERROR(&err, COCOMM_ERR_INVALID_ARGUMENT, -1, COCOMM_FIELD_NONE);
  ASSERT_STATUS(cocomm_ccg_check(NULL, NULL), COCOMM_ERR_INVALID_ARGUMENT);
  cocomm_ccg_init(NULL);
}

static const test_case cases[] = {
  TEST(ods_codes),
  TEST(bundled_ccg_list_validates),
  TEST(ccg_init_and_check),
};
RUN_TESTS("ccg", cases)
