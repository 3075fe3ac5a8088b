#ifndef CGPIOD_SHIM_H
#define CGPIOD_SHIM_H

// Version-neutral wrappers over libgpiod for HILBenchGPIO.
//
// libgpiod 1.x (Debian 12: 1.6.3) and 2.x have different C APIs. The 1.x header defines
// GPIOD_LINE_BULK_MAX_LINES; the 2.x headers define no macro but their include guard. Swift
// calls only the cgpiod_* functions below and never needs to know which API it got.
// Every function that fails returns NULL or -1 with errno set (the errno of the failing
// libgpiod call is preserved across cleanup).
//
// Only the v1 branch is compiled on the build machine; the v2 branch was checked with
// `gcc -fsyntax-only -Wall -Wextra` against the libgpiod v2.2.x include/gpiod.h.

#include <gpiod.h>

#include <errno.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/// Bias for input lines (mapped onto each API's own constants).
enum {
    CGPIOD_BIAS_AS_IS = 0,
    CGPIOD_BIAS_DISABLED = 1,
    CGPIOD_BIAS_PULL_DOWN = 2,
    CGPIOD_BIAS_PULL_UP = 3,
};

/// Which step of a request failed (for error messages).
enum {
    CGPIOD_STEP_NONE = 0,
    CGPIOD_STEP_OPEN_CHIP = 1,
    CGPIOD_STEP_GET_LINE = 2,
    CGPIOD_STEP_REQUEST = 3,
    CGPIOD_STEP_ALLOC = 4,
};

/// One edge event, in a form both APIs can fill.
typedef struct cgpiod_event {
    uint64_t timestamp_ns;  // kernel timestamp (CLOCK_MONOTONIC on kernels >= 5.7 for v1; set explicitly for v2)
    int rising;             // 1 rising, 0 falling (after active-low inversion)
    uint64_t line_seqno;    // v2: per-line sequence number; v1: 0 (not available)
} cgpiod_event;

/// Capacity of one read (v1: the kernel FIFO holds 16 events).
#define CGPIOD_EVENT_BATCH 16

// Copies a C string into a fixed buffer, always NUL-terminated.
static inline void cgpiod_copy_string(char *dst, size_t len, const char *src) {
    if (len == 0) return;
    if (src == NULL) src = "";
    snprintf(dst, len, "%s", src);
}

#if defined(GPIOD_LINE_BULK_MAX_LINES)
/* ===================================== libgpiod 1.x ===================================== */
#define CGPIOD_API_MAJOR 1

/// An owned, requested line: the chip must stay open while the line is requested (v1).
typedef struct cgpiod_line {
    struct gpiod_chip *chip;
    struct gpiod_line *line;
} cgpiod_line;

static inline const char *cgpiod_library_version(void) { return gpiod_version_string(); }

// Chip name, label and line count of the chip at `path`; 0 on success, -1 + errno.
static inline int cgpiod_describe_chip(const char *path, char *name, size_t name_len, char *label,
                                       size_t label_len, unsigned int *num_lines) {
    struct gpiod_chip *chip = gpiod_chip_open(path);
    if (chip == NULL) return -1;
    cgpiod_copy_string(name, name_len, gpiod_chip_name(chip));
    cgpiod_copy_string(label, label_len, gpiod_chip_label(chip));
    *num_lines = gpiod_chip_num_lines(chip);
    gpiod_chip_close(chip);
    return 0;
}

static inline int cgpiod_v1_bias_flags(int bias) {
    switch (bias) {
    case CGPIOD_BIAS_DISABLED: return GPIOD_LINE_REQUEST_FLAG_BIAS_DISABLE;
    case CGPIOD_BIAS_PULL_DOWN: return GPIOD_LINE_REQUEST_FLAG_BIAS_PULL_DOWN;
    case CGPIOD_BIAS_PULL_UP: return GPIOD_LINE_REQUEST_FLAG_BIAS_PULL_UP;
    default: return 0;
    }
}

// Opens the chip, gets the line and requests it (output or both-edge events).
static inline cgpiod_line *cgpiod_v1_request(const char *chip_path, unsigned int offset, const char *consumer,
                                             int flags, int output, int initial_value, int *failed_step) {
    int saved;
    cgpiod_line *h = (cgpiod_line *)calloc(1, sizeof *h);
    if (h == NULL) {
        *failed_step = CGPIOD_STEP_ALLOC;
        errno = ENOMEM;
        return NULL;
    }
    h->chip = gpiod_chip_open(chip_path);
    if (h->chip == NULL) {
        *failed_step = CGPIOD_STEP_OPEN_CHIP;
        goto fail_free;
    }
    h->line = gpiod_chip_get_line(h->chip, offset);
    if (h->line == NULL) {
        *failed_step = CGPIOD_STEP_GET_LINE;
        goto fail_close;
    }
    if (output) {
        if (gpiod_line_request_output_flags(h->line, consumer, flags, initial_value ? 1 : 0) < 0) {
            *failed_step = CGPIOD_STEP_REQUEST;
            goto fail_close;
        }
    } else {
        if (gpiod_line_request_both_edges_events_flags(h->line, consumer, flags) < 0) {
            *failed_step = CGPIOD_STEP_REQUEST;
            goto fail_close;
        }
    }
    *failed_step = CGPIOD_STEP_NONE;
    return h;
fail_close:
    saved = errno;
    gpiod_chip_close(h->chip);
    free(h);
    errno = saved;
    return NULL;
fail_free:
    saved = errno;
    free(h);
    errno = saved;
    return NULL;
}

static inline cgpiod_line *cgpiod_request_output(const char *chip_path, unsigned int offset, const char *consumer,
                                                 int active_low, int initial_value, int *failed_step) {
    int flags = active_low ? GPIOD_LINE_REQUEST_FLAG_ACTIVE_LOW : 0;
    return cgpiod_v1_request(chip_path, offset, consumer, flags, 1, initial_value, failed_step);
}

static inline cgpiod_line *cgpiod_request_both_edges(const char *chip_path, unsigned int offset,
                                                     const char *consumer, int active_low, int bias,
                                                     int *failed_step) {
    int flags = (active_low ? GPIOD_LINE_REQUEST_FLAG_ACTIVE_LOW : 0) | cgpiod_v1_bias_flags(bias);
    return cgpiod_v1_request(chip_path, offset, consumer, flags, 0, 0, failed_step);
}

// Drives the (logical) value; 0 ok, -1 + errno.
static inline int cgpiod_set_value(cgpiod_line *h, int value) {
    return gpiod_line_set_value(h->line, value ? 1 : 0);
}

// 0 timed out, 1 event pending, -1 error + errno.
static inline int cgpiod_wait_events(cgpiod_line *h, int64_t timeout_ns) {
    struct timespec ts;
    if (timeout_ns < 0) timeout_ns = 0;
    ts.tv_sec = (time_t)(timeout_ns / 1000000000);
    ts.tv_nsec = (long)(timeout_ns % 1000000000);
    return gpiod_line_event_wait(h->line, &ts);
}

// Reads up to `max` (<= CGPIOD_EVENT_BATCH) queued events; returns the count or -1 + errno. Blocks if none.
static inline int cgpiod_read_events(cgpiod_line *h, cgpiod_event *out, unsigned int max) {
    struct gpiod_line_event events[CGPIOD_EVENT_BATCH];
    int n, i;
    if (max > CGPIOD_EVENT_BATCH) max = CGPIOD_EVENT_BATCH;
    n = gpiod_line_event_read_multiple(h->line, events, max);
    for (i = 0; i < n; i++) {
        out[i].timestamp_ns = (uint64_t)events[i].ts.tv_sec * 1000000000u + (uint64_t)events[i].ts.tv_nsec;
        out[i].rising = events[i].event_type == GPIOD_LINE_EVENT_RISING_EDGE;
        out[i].line_seqno = 0;
    }
    return n;
}

static inline void cgpiod_release(cgpiod_line *h) {
    if (h == NULL) return;
    gpiod_line_release(h->line);
    gpiod_chip_close(h->chip);
    free(h);
}

#else
/* ===================================== libgpiod 2.x ===================================== */
#define CGPIOD_API_MAJOR 2

/// An owned line request (v2: the chip may be closed once the lines are requested).
typedef struct cgpiod_line {
    struct gpiod_line_request *request;
    struct gpiod_edge_event_buffer *events;  // NULL for outputs
    unsigned int offset;
} cgpiod_line;

static inline const char *cgpiod_library_version(void) { return gpiod_api_version(); }

static inline int cgpiod_describe_chip(const char *path, char *name, size_t name_len, char *label,
                                       size_t label_len, unsigned int *num_lines) {
    struct gpiod_chip *chip;
    struct gpiod_chip_info *info;
    int saved;
    chip = gpiod_chip_open(path);
    if (chip == NULL) return -1;
    info = gpiod_chip_get_info(chip);
    if (info == NULL) {
        saved = errno;
        gpiod_chip_close(chip);
        errno = saved;
        return -1;
    }
    cgpiod_copy_string(name, name_len, gpiod_chip_info_get_name(info));
    cgpiod_copy_string(label, label_len, gpiod_chip_info_get_label(info));
    *num_lines = (unsigned int)gpiod_chip_info_get_num_lines(info);
    gpiod_chip_info_free(info);
    gpiod_chip_close(chip);
    return 0;
}

static inline enum gpiod_line_bias cgpiod_v2_bias(int bias) {
    switch (bias) {
    case CGPIOD_BIAS_DISABLED: return GPIOD_LINE_BIAS_DISABLED;
    case CGPIOD_BIAS_PULL_DOWN: return GPIOD_LINE_BIAS_PULL_DOWN;
    case CGPIOD_BIAS_PULL_UP: return GPIOD_LINE_BIAS_PULL_UP;
    default: return GPIOD_LINE_BIAS_AS_IS;
    }
}

static inline cgpiod_line *cgpiod_v2_request(const char *chip_path, unsigned int offset, const char *consumer,
                                             int active_low, int output, int initial_value, int bias,
                                             int *failed_step) {
    struct gpiod_line_settings *settings = NULL;
    struct gpiod_line_config *line_cfg = NULL;
    struct gpiod_request_config *req_cfg = NULL;
    struct gpiod_chip *chip = NULL;
    cgpiod_line *h = NULL;
    int saved = 0;
    int ok = 0;

    h = (cgpiod_line *)calloc(1, sizeof *h);
    settings = gpiod_line_settings_new();
    line_cfg = gpiod_line_config_new();
    req_cfg = gpiod_request_config_new();
    if (h == NULL || settings == NULL || line_cfg == NULL || req_cfg == NULL) {
        *failed_step = CGPIOD_STEP_ALLOC;
        saved = ENOMEM;
        goto done;
    }
    h->offset = offset;
    gpiod_line_settings_set_active_low(settings, active_low ? true : false);
    if (output) {
        if (gpiod_line_settings_set_direction(settings, GPIOD_LINE_DIRECTION_OUTPUT) < 0 ||
            gpiod_line_settings_set_output_value(settings, initial_value ? GPIOD_LINE_VALUE_ACTIVE
                                                                         : GPIOD_LINE_VALUE_INACTIVE) < 0) {
            *failed_step = CGPIOD_STEP_REQUEST;
            saved = errno;
            goto done;
        }
    } else {
        if (gpiod_line_settings_set_direction(settings, GPIOD_LINE_DIRECTION_INPUT) < 0 ||
            gpiod_line_settings_set_edge_detection(settings, GPIOD_LINE_EDGE_BOTH) < 0 ||
            gpiod_line_settings_set_bias(settings, cgpiod_v2_bias(bias)) < 0 ||
            gpiod_line_settings_set_event_clock(settings, GPIOD_LINE_CLOCK_MONOTONIC) < 0) {
            *failed_step = CGPIOD_STEP_REQUEST;
            saved = errno;
            goto done;
        }
        h->events = gpiod_edge_event_buffer_new(CGPIOD_EVENT_BATCH);
        if (h->events == NULL) {
            *failed_step = CGPIOD_STEP_ALLOC;
            saved = errno ? errno : ENOMEM;
            goto done;
        }
    }
    if (gpiod_line_config_add_line_settings(line_cfg, &offset, 1, settings) < 0) {
        *failed_step = CGPIOD_STEP_GET_LINE;
        saved = errno;
        goto done;
    }
    gpiod_request_config_set_consumer(req_cfg, consumer);
    chip = gpiod_chip_open(chip_path);
    if (chip == NULL) {
        *failed_step = CGPIOD_STEP_OPEN_CHIP;
        saved = errno;
        goto done;
    }
    h->request = gpiod_chip_request_lines(chip, req_cfg, line_cfg);
    if (h->request == NULL) {
        *failed_step = CGPIOD_STEP_REQUEST;
        saved = errno;
        goto done;
    }
    *failed_step = CGPIOD_STEP_NONE;
    ok = 1;
done:
    if (chip != NULL) gpiod_chip_close(chip);
    if (req_cfg != NULL) gpiod_request_config_free(req_cfg);
    if (line_cfg != NULL) gpiod_line_config_free(line_cfg);
    if (settings != NULL) gpiod_line_settings_free(settings);
    if (!ok) {
        if (h != NULL) {
            if (h->events != NULL) gpiod_edge_event_buffer_free(h->events);
            free(h);
        }
        errno = saved;
        return NULL;
    }
    return h;
}

static inline cgpiod_line *cgpiod_request_output(const char *chip_path, unsigned int offset, const char *consumer,
                                                 int active_low, int initial_value, int *failed_step) {
    return cgpiod_v2_request(chip_path, offset, consumer, active_low, 1, initial_value, CGPIOD_BIAS_AS_IS,
                             failed_step);
}

static inline cgpiod_line *cgpiod_request_both_edges(const char *chip_path, unsigned int offset,
                                                     const char *consumer, int active_low, int bias,
                                                     int *failed_step) {
    return cgpiod_v2_request(chip_path, offset, consumer, active_low, 0, 0, bias, failed_step);
}

static inline int cgpiod_set_value(cgpiod_line *h, int value) {
    return gpiod_line_request_set_value(h->request, h->offset,
                                        value ? GPIOD_LINE_VALUE_ACTIVE : GPIOD_LINE_VALUE_INACTIVE);
}

static inline int cgpiod_wait_events(cgpiod_line *h, int64_t timeout_ns) {
    if (timeout_ns < 0) timeout_ns = 0;  // never block forever: the caller polls for cancellation
    return gpiod_line_request_wait_edge_events(h->request, timeout_ns);
}

static inline int cgpiod_read_events(cgpiod_line *h, cgpiod_event *out, unsigned int max) {
    int n, i;
    if (h->events == NULL) {
        errno = EINVAL;
        return -1;
    }
    if (max > CGPIOD_EVENT_BATCH) max = CGPIOD_EVENT_BATCH;
    n = gpiod_line_request_read_edge_events(h->request, h->events, max);
    for (i = 0; i < n; i++) {
        struct gpiod_edge_event *ev = gpiod_edge_event_buffer_get_event(h->events, (unsigned long)i);
        out[i].timestamp_ns = gpiod_edge_event_get_timestamp_ns(ev);
        out[i].rising = gpiod_edge_event_get_event_type(ev) == GPIOD_EDGE_EVENT_RISING_EDGE;
        out[i].line_seqno = (uint64_t)gpiod_edge_event_get_line_seqno(ev);
    }
    return n;
}

static inline void cgpiod_release(cgpiod_line *h) {
    if (h == NULL) return;
    gpiod_line_request_release(h->request);
    if (h->events != NULL) gpiod_edge_event_buffer_free(h->events);
    free(h);
}

#endif /* GPIOD_LINE_BULK_MAX_LINES */

#endif /* CGPIOD_SHIM_H */
