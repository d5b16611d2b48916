#pragma once

namespace Letterbox::Services {

/**
 * @short Reconnect delays that double from first to at most last (5 s, 10 s, ... 5 min by
 * default), and start again after a connection that worked.
 *
 * Doubling keeps a client from hammering a server that is down or rate-limiting it,
 * while a short first delay hides a brief network blip.
 */
class ImapBackoff
{
public:
    explicit ImapBackoff(int firstMs = 5000, int lastMs = 5 * 60 * 1000)
        : m_first(firstMs > 0 ? firstMs : 1)
        , m_last(lastMs > m_first ? lastMs : m_first)
    { }

    /// The delay to wait now; the next one is twice as long (at most last).
    [[nodiscard]] int next()
    {
        const int delay = m_next == 0 ? m_first : m_next;
        m_next = delay > m_last / 2 ? m_last : delay * 2;
        return delay;
    }
    /// The connection worked: the next failure waits first again.
    void reset() { m_next = 0; }

private:
    int m_first;
    int m_last;
    int m_next = 0;
};

} // namespace Letterbox::Services
