/* SPDX-License-Identifier: MIT */
#include <cocomm/version.h>
#include <cocomm/status.h>

#include <stddef.h>
#include <string.h>

#include "internal.h"

uint32_t cocomm_version(void) { return COCOMM_VERSION_NUMBER; }

const char *cocomm_version_string(void) { return COCOMM_VERSION_STRING; }

void cocomm_version_info_init(cocomm_version_info *info) {
  /* static: its padding is zero too, and it is the header's one initialiser */
  static const cocomm_version_info init = COCOMM_VERSION_INFO_INIT;
  if (info != NULL) memcpy(info, &init, sizeof init);
}

int32_t cocomm_version_info_get(cocomm_version_info *info) {
  if (info == NULL) return COCOMM_ERR_INVALID_ARGUMENT;
  if (info->struct_size < COCOMM_VERSION_INFO_SIZE_V1) return COCOMM_ERR_STRUCT_SIZE;
  cocomm_version_info full = {info->struct_size, COCOMM_VERSION_MAJOR, COCOMM_VERSION_MINOR,
                              COCOMM_VERSION_PATCH, COCOMM_SOVERSION, 0, COCOMM_VERSION_STRING};
  /* As much as the caller's struct holds; a newer caller's tail is cleared. */
  cocomm__copy_struct(info, info->struct_size, &full, sizeof full);
  return COCOMM_OK;
}

uint32_t cocomm_version_info_size(void) { return (uint32_t)sizeof(cocomm_version_info); }
