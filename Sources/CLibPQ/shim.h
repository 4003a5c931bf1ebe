// libpq, the PostgreSQL project's own C client (Debian's libpq-dev), for the Programme target.
// Nothing is wrapped: every libpq call Programme makes has a fixed signature Swift can call.
#ifndef CLIBPQ_SHIM_H
#define CLIBPQ_SHIM_H

#include <libpq-fe.h>

#endif
