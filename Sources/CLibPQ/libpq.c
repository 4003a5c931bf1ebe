// The libpq functions Programme calls, each forwarded to libpq.so.5, which is loaded with
// dlopen the first time one is called.
//
// Loading libpq at start-up maps about twenty shared libraries (TLS, Kerberos, LDAP...) and
// resolves their symbols before main, for every command, though only `share`, `programme`
// and `review --db` use it. Every definition here is hidden, so that libpq never binds to
// them in place of its own. Without libpq on the system, connecting fails with a message
// saying so (through PQconninfoParse, which every connection goes through first).
#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#pragma GCC visibility push(hidden)

#include "CLibPQ.h"

#define LIBPQ_FUNCTIONS(X) \
  X(PQclear) X(PQresultStatus) X(PQfinish) X(PQexecParams) X(PQerrorMessage) X(PQstatus) \
  X(PQsetSingleRowMode) X(PQsendQueryParams) X(PQresultErrorMessage) X(PQresultErrorField) \
  X(PQntuples) X(PQnfields) X(PQgetvalue) X(PQgetisnull) X(PQgetResult) X(PQfreemem) \
  X(PQexec) X(PQconninfoParse) X(PQconninfoFree) X(PQconnectdbParams)

static struct {
#define FIELD(name) __typeof__(&name) name;
  LIBPQ_FUNCTIONS(FIELD)
#undef FIELD
} libpq;

static pthread_once_t once = PTHREAD_ONCE_INIT;
static char problem[512] = "";

static void load(void) {
  void *handle = dlopen("libpq.so.5", RTLD_NOW | RTLD_LOCAL);
  if (!handle) {
    const char *reason = dlerror();
    snprintf(problem, sizeof problem, "the PostgreSQL client library (libpq.so.5) cannot be loaded: %s",
             reason ? reason : "not found");
    return;
  }
#define RESOLVE(name) libpq.name = (__typeof__(&name))dlsym(handle, #name);
  LIBPQ_FUNCTIONS(RESOLVE)
#undef RESOLVE
#define CHECK(name) \
  if (!libpq.name && !problem[0]) \
    snprintf(problem, sizeof problem, "libpq.so.5 has no %s: it is too old", #name);
  LIBPQ_FUNCTIONS(CHECK)
#undef CHECK
}

/// Whether libpq is loaded with every function; loads it the first time.
static int ready(void) {
  pthread_once(&once, load);
  return !problem[0];
}

void PQclear(PGresult *res) {
  if (ready()) libpq.PQclear(res);
}

ExecStatusType PQresultStatus(const PGresult *res) {
  return ready() ? libpq.PQresultStatus(res) : PGRES_FATAL_ERROR;
}

void PQfinish(PGconn *conn) {
  if (ready()) libpq.PQfinish(conn);
}

PGresult *PQexecParams(PGconn *conn, const char *command, int nParams, const Oid *paramTypes,
                       const char *const *paramValues, const int *paramLengths,
                       const int *paramFormats, int resultFormat) {
  if (!ready()) return NULL;
  return libpq.PQexecParams(conn, command, nParams, paramTypes, paramValues, paramLengths,
                            paramFormats, resultFormat);
}

char *PQerrorMessage(const PGconn *conn) {
  return ready() ? libpq.PQerrorMessage(conn) : problem;
}

ConnStatusType PQstatus(const PGconn *conn) {
  return ready() ? libpq.PQstatus(conn) : CONNECTION_BAD;
}

int PQsetSingleRowMode(PGconn *conn) { return ready() ? libpq.PQsetSingleRowMode(conn) : 0; }

int PQsendQueryParams(PGconn *conn, const char *command, int nParams, const Oid *paramTypes,
                      const char *const *paramValues, const int *paramLengths,
                      const int *paramFormats, int resultFormat) {
  if (!ready()) return 0;
  return libpq.PQsendQueryParams(conn, command, nParams, paramTypes, paramValues, paramLengths,
                                 paramFormats, resultFormat);
}

char *PQresultErrorMessage(const PGresult *res) {
  return ready() ? libpq.PQresultErrorMessage(res) : problem;
}

char *PQresultErrorField(const PGresult *res, int fieldcode) {
  return ready() ? libpq.PQresultErrorField(res, fieldcode) : NULL;
}

int PQntuples(const PGresult *res) { return ready() ? libpq.PQntuples(res) : 0; }

int PQnfields(const PGresult *res) { return ready() ? libpq.PQnfields(res) : 0; }

char *PQgetvalue(const PGresult *res, int tup_num, int field_num) {
  return ready() ? libpq.PQgetvalue(res, tup_num, field_num) : NULL;
}

int PQgetisnull(const PGresult *res, int tup_num, int field_num) {
  return ready() ? libpq.PQgetisnull(res, tup_num, field_num) : 1;
}

PGresult *PQgetResult(PGconn *conn) { return ready() ? libpq.PQgetResult(conn) : NULL; }

void PQfreemem(void *ptr) {
  if (ready()) {
    libpq.PQfreemem(ptr);
  } else {
    free(ptr);
  }
}

PGresult *PQexec(PGconn *conn, const char *query) {
  return ready() ? libpq.PQexec(conn, query) : NULL;
}

PQconninfoOption *PQconninfoParse(const char *conninfo, char **errmsg) {
  if (ready()) return libpq.PQconninfoParse(conninfo, errmsg);
  if (errmsg) *errmsg = strdup(problem);
  return NULL;
}

void PQconninfoFree(PQconninfoOption *connOptions) {
  if (ready()) libpq.PQconninfoFree(connOptions);
}

PGconn *PQconnectdbParams(const char *const *keywords, const char *const *values,
                          int expand_dbname) {
  return ready() ? libpq.PQconnectdbParams(keywords, values, expand_dbname) : NULL;
}

#pragma GCC visibility pop
