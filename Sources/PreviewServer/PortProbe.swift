#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds out whether the server could bind, before the first build: that
/// build takes seconds on a large site, and "port in use" should not wait for it.
/// It binds the way the server will (first resolved address, SO_REUSEADDR) and lets go at once.
enum PortProbe {
    static func check(host: String, port: Int) throws(PreviewServerError) {
        var hints = addrinfo()
        hints.ai_flags = AI_PASSIVE
        hints.ai_family = AF_UNSPEC
        #if canImport(Glibc)
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        #else
        hints.ai_socktype = SOCK_STREAM
        #endif
        var found: UnsafeMutablePointer<addrinfo>?
        let resolved = getaddrinfo(host, String(port), &hints, &found)
        guard resolved == 0, let address = found else {
            throw .cannotListen(host: host, port: port, reason: "cannot resolve the host name (\(String(cString: gai_strerror(resolved))))")
        }
        defer { freeaddrinfo(found) }

        let socketDescriptor = socket(address.pointee.ai_family, address.pointee.ai_socktype, address.pointee.ai_protocol)
        guard socketDescriptor >= 0 else { return }  // Cannot probe; the server will report what it finds.
        defer { close(socketDescriptor) }
        var reuse: Int32 = 1
        setsockopt(socketDescriptor, SOL_SOCKET, SO_REUSEADDR, &reuse, socklen_t(MemoryLayout<Int32>.size))
        guard bind(socketDescriptor, address.pointee.ai_addr, address.pointee.ai_addrlen) != 0 else { return }
        let failure = errno
        if failure == EADDRINUSE { throw .portInUse(host: host, port: port) }
        throw .cannotListen(host: host, port: port, reason: String(cString: strerror(failure)))
    }
}
