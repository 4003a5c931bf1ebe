// libpq, the PostgreSQL project's own C client (Debian's libpq-dev), for the Programme target.
//
// The declarations are libpq's own; the functions Programme calls are defined in libpq.c,
// which loads libpq.so.5 on first use, so that the commands that never touch a database do
// not pay for mapping libpq and its twenty dependencies at every start.
#ifndef CLIBPQ_H
#define CLIBPQ_H

#include <postgresql/libpq-fe.h>

#endif
