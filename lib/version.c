/* SPDX-License-Identifier: MIT */
#include <cocomm/version.h>
#include <cocomm/status.h>

#include <stddef.h>
#include <string.h>

uint32_t cocomm_version(void) { return COCOMM_VERSION_NUMBER; }

const char *cocomm_version_string(void) { return COCOMM_VERSION_STRING; }

void cocomm_version_info_init(cocomm_version_info *info) {
  if (info == NULL) return;
  memset(info, 0, sizeof *info);
  info->struct_size = (uint32_t)sizeof *info;
}

/* Write a field only when the caller's struct_size covers it. */
#define FITS(info, field) \
  ((info)->struct_size >= offsetof(cocomm_version_info, field) + sizeof((info)->field))

int32_t cocomm_version_info_get(cocomm_version_info *info) {
  if (info == NULL) return COCOMM_ERR_INVALID_ARGUMENT;
  if (info->struct_size < COCOMM_VERSION_INFO_SIZE_V1) return COCOMM_ERR_STRUCT_SIZE;
  info->major = COCOMM_VERSION_MAJOR;
  info->minor = COCOMM_VERSION_MINOR;
  info->patch = COCOMM_VERSION_PATCH;
  if (FITS(info, soversion)) info->soversion = COCOMM_SOVERSION;
  if (FITS(info, reserved0)) info->reserved0 = 0;
  if (FITS(info, string)) info->string = COCOMM_VERSION_STRING;
  return COCOMM_OK;
}

uint32_t cocomm_version_info_size(void) { return (uint32_t)sizeof(cocomm_version_info); }
