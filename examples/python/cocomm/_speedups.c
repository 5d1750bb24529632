/* cocomm._speedups: the columns of validate_committees() made from the
 * members' dicts in C (issue 15's x-python-module target). Optional: the
 * package works the same without it (cocomm.speedups is then None), and
 * it never calls libcocomm itself, which stays behind ctypes.
 *
 * columns(members_of, category_keys, position_keys) takes a list of lists
 * of dicts, each dict exactly {"name": str, "category": str,
 * "voting": bool, "position": str}, the last two looked up in the
 * given dicts (the package's _CATEGORY_KEYS and _POSITION_KEYS: one source
 * of the spellings). It returns (names, categories, voting, positions):
 * the names as UTF-8, each followed by a NUL, and one byte a member for
 * the others. Anything else (another type, a missing or extra key, an
 * unknown value, a NUL in a name, a lone surrogate) returns None and the
 * package's Python paths read the input instead, with their errors. Only
 * exact lists, dicts, str and bool are read, so no Python code runs
 * during the walk and nothing changes the input meanwhile: borrowed
 * references stay good. Stable ABI (abi3). */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

#include <string.h>

typedef struct {
  PyObject *keys[4]; /* "name", "category", "voting", "position", interned */
} speedups_state;

static speedups_state *state_of(PyObject *module) { return (speedups_state *)PyModule_GetState(module); }

typedef struct {
  char *p;
  size_t len, cap;
} text_buf;

/* Appends s[0..n) and a NUL; 0 when memory ran out (an exception is set). */
static int text_put(text_buf *t, const char *s, size_t n) {
  if (t->cap - t->len < n + 1) {
    size_t cap = t->cap ? t->cap : 4096;
    while (cap - t->len < n + 1) {
      if (cap > (size_t)PY_SSIZE_T_MAX / 2) { /* no bytes object that large: and cap would wrap */
        PyErr_NoMemory();
        return 0;
      }
      cap *= 2;
    }
    char *p = PyMem_Realloc(t->p, cap);
    if (p == NULL) {
      PyErr_NoMemory();
      return 0;
    }
    t->p = p;
    t->cap = cap;
  }
  memcpy(t->p + t->len, s, n);
  t->p[t->len + n] = '\0';
  t->len += n + 1;
  return 1;
}

/* The str keys of one of the package's spelling dicts, hashed by their
 * UTF-8 for the call: a value then costs a short hash and one memcmp, where
 * a dict lookup would hash and compare a new str object each time (JSON
 * makes one a value). */
#define SPELL_SLOTS 256u /* a power of two over twice the largest dict */
typedef struct {
  const char *text[SPELL_SLOTS];
  Py_ssize_t len[SPELL_SLOTS];
  unsigned char code[SPELL_SLOTS];
} spell_table;

/* Length and the first and last two bytes tell the spellings apart well
 * enough: the probe's memcmp settles the rest. */
static size_t spell_hash(const char *s, Py_ssize_t n) {
  const unsigned char *u = (const unsigned char *)s;
  size_t h = (size_t)n * 0x9E37u;
  if (n > 0) h += u[0] * 31u + u[n - 1] * 131u + u[n / 2] * 7u;
  return (h ^ h >> 7) & (SPELL_SLOTS - 1);
}

/* 1 when built; 0 when the dict is not what it should be (too big, a code
 * out of range); -1 on an exception. Keys other than str are left out:
 * only str values are read here. The dict's strs are held by it. */
static int spell_build(spell_table *t, PyObject *keys) {
  memset(t->text, 0, sizeof t->text);
  if (PyDict_Size(keys) * 2 > (Py_ssize_t)SPELL_SLOTS) return 0;
  Py_ssize_t pos = 0;
  PyObject *key, *code;
  while (PyDict_Next(keys, &pos, &key, &code)) {
    if (!PyUnicode_CheckExact(key)) continue;
    if (!PyLong_CheckExact(code)) return 0;
    long v = PyLong_AsLong(code);
    if (v == -1 && PyErr_Occurred()) return -1;
    if (v < 0 || v > 255) return 0;
    Py_ssize_t n;
    const char *s = PyUnicode_AsUTF8AndSize(key, &n);
    if (s == NULL) return -1;
    size_t h = spell_hash(s, n);
    while (t->text[h] != NULL) h = (h + 1) & (SPELL_SLOTS - 1);
    t->text[h] = s;
    t->len[h] = n;
    t->code[h] = (unsigned char)v;
  }
  return 1;
}

/* The code of str value into *out: 1 found, 0 not (SLOW), -1 on an exception. */
static int spell_find(const spell_table *t, PyObject *value, unsigned char *out) {
  if (!PyUnicode_CheckExact(value)) return 0;
  Py_ssize_t n;
  const char *s = PyUnicode_AsUTF8AndSize(value, &n);
  if (s == NULL) {
    PyErr_Clear(); /* a lone surrogate is no spelling */
    return 0;
  }
  for (size_t h = spell_hash(s, n); t->text[h] != NULL; h = (h + 1) & (SPELL_SLOTS - 1))
    if (t->len[h] == n && memcmp(t->text[h], s, (size_t)n) == 0) {
      *out = t->code[h];
      return 1;
    }
  return 0;
}

enum { SLOW = 0, DONE = 1, FAILED = -1 };

typedef struct {
  speedups_state *st;
  PyObject *seen[4]; /* the key objects last matched to each field: JSON shares them */
  spell_table categories, positions;
  text_buf names;
  unsigned char *cats, *votes, *poss;
} walk;

/* Which field key names (0..3), or -1 for none of them. */
static int field_of(walk *w, PyObject *key) {
  for (int k = 0; k < 4; k++)
    if (key == w->seen[k] || key == w->st->keys[k]) return k;
  if (!PyUnicode_CheckExact(key)) return -1;
  for (int k = 0; k < 4; k++) {
    int eq = PyUnicode_Compare(key, w->st->keys[k]) == 0;
    if (PyErr_Occurred()) PyErr_Clear();
    if (eq) {
      w->seen[k] = key; /* only compared by address, while the dicts hold it */
      return k;
    }
  }
  return -1;
}

/* One member's dict into column slot i; SLOW, DONE or FAILED. The member
 * has exactly the four keys, so a walk of its entries finds each once;
 * the values are borrowed from the dict, which nothing changes meanwhile
 * (no Python code runs: only exact str and bool are read). */
static int one_member(walk *w, PyObject *m, Py_ssize_t i) {
  if (!PyDict_CheckExact(m) || PyDict_Size(m) != 4) return SLOW;
  PyObject *v[4] = {NULL, NULL, NULL, NULL};
  Py_ssize_t pos = 0;
  PyObject *key, *value;
  while (PyDict_Next(m, &pos, &key, &value)) {
    int k = field_of(w, key);
    if (k < 0 || v[k] != NULL) return SLOW;
    v[k] = value;
  }
  if (!PyUnicode_CheckExact(v[0]) || (v[2] != Py_True && v[2] != Py_False)) return SLOW;
  Py_ssize_t n;
  const char *utf8 = PyUnicode_AsUTF8AndSize(v[0], &n);
  if (utf8 == NULL) { /* a lone surrogate: the careful path says so */
    PyErr_Clear();
    return SLOW;
  }
  if (memchr(utf8, '\0', (size_t)n) != NULL || spell_find(&w->categories, v[1], &w->cats[i]) != 1 ||
      spell_find(&w->positions, v[3], &w->poss[i]) != 1)
    return SLOW;
  w->votes[i] = v[2] == Py_True;
  return text_put(&w->names, utf8, (size_t)n) ? DONE : FAILED;
}

static PyObject *columns(PyObject *module, PyObject *args) {
  PyObject *members_of, *category_keys, *position_keys;
  if (!PyArg_ParseTuple(args, "O!O!O!:columns", &PyList_Type, &members_of, &PyDict_Type, &category_keys,
                        &PyDict_Type, &position_keys))
    return NULL;
  walk *w = PyMem_Calloc(1, sizeof *w);
  if (w == NULL) return PyErr_NoMemory();
  w->st = state_of(module);
  PyObject *result = NULL, *cats = NULL, *votes = NULL, *poss = NULL;
  int r = spell_build(&w->categories, category_keys);
  if (r == 1) r = spell_build(&w->positions, position_keys);
  /* The member count; every committee a list. */
  const Py_ssize_t committees = PyList_Size(members_of);
  Py_ssize_t total = 0;
  for (Py_ssize_t k = 0; k < committees && r == DONE; k++) {
    PyObject *ms = PyList_GetItem(members_of, k);
    if (ms == NULL) r = FAILED;
    else if (!PyList_CheckExact(ms)) r = SLOW;
    else total += PyList_Size(ms);
  }
  if (r == DONE && total == 0) r = SLOW; /* nothing to read: the Python paths say so */
  if (r == DONE) {
    cats = PyBytes_FromStringAndSize(NULL, total);
    votes = PyBytes_FromStringAndSize(NULL, total);
    poss = PyBytes_FromStringAndSize(NULL, total);
    if (cats == NULL || votes == NULL || poss == NULL) r = FAILED;
  }
  if (r == DONE) {
    w->cats = (unsigned char *)PyBytes_AsString(cats);
    w->votes = (unsigned char *)PyBytes_AsString(votes);
    w->poss = (unsigned char *)PyBytes_AsString(poss);
  }
  Py_ssize_t i = 0;
  for (Py_ssize_t k = 0; k < committees && r == DONE; k++) {
    PyObject *ms = PyList_GetItem(members_of, k);
    const Py_ssize_t count = PyList_Size(ms);
    for (Py_ssize_t j = 0; j < count && r == DONE; j++, i++)
      r = one_member(w, PyList_GetItem(ms, j), i);
  }
  if (r == DONE) {
    PyObject *text = PyBytes_FromStringAndSize(w->names.p, (Py_ssize_t)w->names.len);
    if (text != NULL) result = Py_BuildValue("(NOOO)", text, cats, votes, poss);
  } else if (r == SLOW) {
    result = Py_NewRef(Py_None);
  }
  PyMem_Free(w->names.p);
  PyMem_Free(w);
  Py_XDECREF(cats);
  Py_XDECREF(votes);
  Py_XDECREF(poss);
  return result;
}

static PyMethodDef methods[] = {
  {"columns", columns, METH_VARARGS,
   "columns(members_of, category_keys, position_keys) -> (names, categories, voting, positions) or None"},
  {NULL, NULL, 0, NULL},
};

static int traverse(PyObject *module, visitproc visit, void *arg) {
  speedups_state *st = state_of(module);
  for (int k = 0; k < 4; k++) Py_VISIT(st->keys[k]);
  return 0;
}

static int clear(PyObject *module) {
  speedups_state *st = state_of(module);
  for (int k = 0; k < 4; k++) Py_CLEAR(st->keys[k]);
  return 0;
}

static void free_module(void *module) { clear((PyObject *)module); }

static struct PyModuleDef module_def = {
  PyModuleDef_HEAD_INIT, "cocomm._speedups", "The columns of validate_committees() from dicts, in C.",
  sizeof(speedups_state), methods, NULL, traverse, clear, free_module,
};

PyMODINIT_FUNC PyInit__speedups(void) {
  static const char *const names[4] = {"name", "category", "voting", "position"};
  PyObject *module = PyModule_Create(&module_def);
  if (module == NULL) return NULL;
  speedups_state *st = state_of(module);
  for (int k = 0; k < 4; k++)
    if ((st->keys[k] = PyUnicode_InternFromString(names[k])) == NULL) {
      Py_DECREF(module);
      return NULL;
    }
  return module;
}
