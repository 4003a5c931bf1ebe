// Fixed-signature wrappers for libedit's variadic el_set/el_get/history calls, which Swift
// cannot call directly, plus accessors for the C stdio globals (Swift 6 rejects direct use).
#ifndef CEDITLINE_SHIM_H
#define CEDITLINE_SHIM_H

#include <stdio.h>
#include <histedit.h>

static inline FILE *_Nonnull cel_stdin(void) { return stdin; }
static inline FILE *_Nonnull cel_stdout(void) { return stdout; }
static inline FILE *_Nonnull cel_stderr(void) { return stderr; }

static inline int cel_set_editor(EditLine *el, const char *mode) {
  return el_set(el, EL_EDITOR, mode);
}
static inline int cel_set_signal(EditLine *el, int on) { return el_set(el, EL_SIGNAL, on); }
static inline int cel_set_editmode(EditLine *el, int on) { return el_set(el, EL_EDITMODE, on); }
static inline int cel_get_editmode(EditLine *el) {
  int on = 0;
  if (el_get(el, EL_EDITMODE, &on) != 0) return -1;
  return on;
}
static inline int cel_set_prompt_esc(EditLine *el, char *(*fn)(EditLine *), char delimiter) {
  return el_set(el, EL_PROMPT_ESC, fn, delimiter);
}
static inline int cel_set_clientdata(EditLine *el, void *data) {
  return el_set(el, EL_CLIENTDATA, data);
}
static inline void *cel_get_clientdata(EditLine *el) {
  void *data = NULL;
  if (el_get(el, EL_CLIENTDATA, &data) != 0) return NULL;
  return data;
}
static inline int cel_add_function(
  EditLine *el, const char *name, const char *help, unsigned char (*fn)(EditLine *, int)) {
  return el_set(el, EL_ADDFN, name, help, fn);
}
static inline int cel_bind(EditLine *el, const char *key, const char *command) {
  return el_set(el, EL_BIND, key, command, (const char *)NULL);
}
static inline int cel_set_getcfn(EditLine *el, el_rfunc_t fn) {
  return el_set(el, EL_GETCFN, fn);
}
static inline int cel_set_hist(EditLine *el, History *h) {
  return el_set(el, EL_HIST, history, h);
}
static inline int cel_refresh(EditLine *el) { return el_set(el, EL_REFRESH); }
static inline int cel_prep_term(EditLine *el, int raw) { return el_set(el, EL_PREP_TERM, raw); }
static inline FILE *cel_get_outfile(EditLine *el) {
  FILE *fp = NULL;
  if (el_get(el, EL_GETFP, 1, &fp) != 0) return NULL;
  return fp;
}

static inline int cel_history_setsize(History *h, int size) {
  HistEvent ev;
  return history(h, &ev, H_SETSIZE, size);
}
static inline int cel_history_setunique(History *h, int unique) {
  HistEvent ev;
  return history(h, &ev, H_SETUNIQUE, unique);
}
static inline int cel_history_enter(History *h, const char *line) {
  HistEvent ev;
  return history(h, &ev, H_ENTER, line);
}
static inline int cel_history_load(History *h, const char *path) {
  HistEvent ev;
  return history(h, &ev, H_LOAD, path);
}
static inline int cel_history_save(History *h, const char *path) {
  HistEvent ev;
  return history(h, &ev, H_SAVE, path);
}
static inline int cel_history_save_fp(History *h, FILE *fp) {
  HistEvent ev;
  return history(h, &ev, H_SAVE_FP, fp);
}
static inline int cel_history_count(History *h) {
  HistEvent ev;
  if (history(h, &ev, H_GETSIZE) != 0) return -1;
  return ev.num;
}

#endif
