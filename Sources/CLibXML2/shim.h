#include <libxml/xmlversion.h>
/* libxml2's encoding.h would include the system ICU's headers, whose types
   clash with the ICU that Foundation brings (_FoundationICU) in any module
   that imports both. Only the HTML entity table is used here, which needs
   nothing of ICU. */
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
