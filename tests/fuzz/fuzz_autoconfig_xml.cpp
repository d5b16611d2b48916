// libFuzzer target for AutoconfigXml (the config-v1.1 reader), which reads documents
// fetched from the network. Built by the fuzz preset only; see tests/fuzz/README.md.
// Invariants: no crash or hang, and whatever comes out obeys the class comment — only
// plain host names, real ports, the limits kept.
#include "accounts/autoconfigproposal.h"
#include "accounts/autoconfigxml.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Letterbox::Accounts;

namespace {

[[noreturn]] void broken(const char *what)
{
    std::fprintf(stderr, "fuzz_autoconfig_xml: broken invariant: %s\n", what);
    std::abort();
}

void check(const AutoconfigServer &server, bool outgoing)
{
    if (!AutoconfigXml::isPlainHostName(server.host)) {
        broken("a host that is not a plain DNS name");
    }
    if (server.port == 0) {
        broken("port 0");
    }
    if ((server.type == AutoconfigServerType::Smtp) != outgoing) {
        broken("a server in the wrong list");
    }
    if (server.user.contains(QLatin1Char('%'))) {
        broken("an unfilled placeholder");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const AutoconfigParseResult result = AutoconfigXml::parse(input, QStringLiteral("fuzz@example.org"));
    if (!result.document) {
        if (result.error.isEmpty()) {
            broken("no document and no error");
        }
        return 0;
    }
    const AutoconfigDocument &document = *result.document;
    if (document.incoming.isEmpty()) {
        broken("a document without an incoming server");
    }
    if (document.incoming.size() + document.outgoing.size() > AutoconfigXml::MaxServers) {
        broken("more servers than MaxServers");
    }
    for (const AutoconfigServer &server : document.incoming) {
        check(server, false);
    }
    for (const AutoconfigServer &server : document.outgoing) {
        check(server, true);
    }
    const std::optional<AutoconfigProposal> proposal = AutoconfigProposal::fromDocument(
        document, QStringLiteral("fuzz@example.org"), AutoconfigSource::ConfigServer, {});
    if (!proposal) {
        broken("a usable document without a proposal");
    }
    for (const AutoconfigServer &server : document.incoming) {
        if (securityRank(server.security) > securityRank(proposal->incoming.security)) {
            broken("the proposal is weaker than the document offers");
        }
    }
    return 0;
}
