#pragma once

namespace Letterbox::Services {

/**
 * The usual visitor helper for std::visit over a session's event variant: one lambda per
 * alternative, e.g. `std::visit(Overloaded {[](const SendData &) {…}, …}, event)`.
 */
template<class... Ts> struct Overloaded : Ts...
{
    using Ts::operator()...;
};
template<class... Ts> Overloaded(Ts...) -> Overloaded<Ts...>;

} // namespace Letterbox::Services
