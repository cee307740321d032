using System.Net;
using System.Net.Sockets;

namespace MissileTracker.Web.Sources;

/// <summary>
/// Which addresses the fetcher may connect to: public unicast only. Private, loopback, link-local (the cloud metadata
/// address 169.254.169.254 among them), unique-local, multicast, unspecified, shared (CGNAT) and reserved ranges are refused,
/// and so is an IPv6 address that carries such an IPv4 address (mapped, NAT64, 6to4).
/// </summary>
public static class AddressRules
{
    /// <summary>Why <paramref name="address"/> is refused, or null when it is a public address.</summary>
    public static string? Refusal(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            return Refusal(address.MapToIPv4());
        }

        return address.AddressFamily switch
        {
            AddressFamily.InterNetwork => RefusalV4(address.GetAddressBytes()),
            AddressFamily.InterNetworkV6 => RefusalV6(address),
            _ => "not an IP address",
        };
    }

    public static bool IsLoopback(IPAddress address) => IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address);

    private static string? RefusalV4(byte[] b) => (b[0], b[1]) switch
    {
        (0, _) => "an unspecified (0.0.0.0/8) address",
        (10, _) => "a private (10.0.0.0/8) address",
        (127, _) => "a loopback (127.0.0.0/8) address",
        (169, 254) => "a link-local (169.254.0.0/16) address",
        (172, >= 16 and <= 31) => "a private (172.16.0.0/12) address",
        (192, 168) => "a private (192.168.0.0/16) address",
        (100, >= 64 and <= 127) => "a shared (100.64.0.0/10) address",
        (192, 0) when b[2] is 0 or 2 => "a reserved (192.0.0.0/24, 192.0.2.0/24) address",
        (198, 18 or 19) => "a benchmarking (198.18.0.0/15) address",
        (198, 51) when b[2] == 100 => "a documentation (198.51.100.0/24) address",
        (203, 0) when b[2] == 113 => "a documentation (203.0.113.0/24) address",
        ( >= 224 and <= 239, _) => "a multicast (224.0.0.0/4) address",
        ( >= 240, _) => "a reserved (240.0.0.0/4) or broadcast address",
        _ => null,
    };

    private static string? RefusalV6(IPAddress address)
    {
        var b = address.GetAddressBytes();
        if (address.Equals(IPAddress.IPv6Any))
        {
            return "the unspecified address (::)";
        }

        if (address.Equals(IPAddress.IPv6Loopback))
        {
            return "the IPv6 loopback address (::1)";
        }

        if (b[0] == 0xff)
        {
            return "a multicast (ff00::/8) address";
        }

        if (b[0] == 0xfe && (b[1] & 0xc0) is 0x80 or 0xc0)
        {
            return "a link-local (fe80::/10) or site-local (fec0::/10) address";
        }

        if ((b[0] & 0xfe) == 0xfc)
        {
            return "a unique-local (fc00::/7) address";
        }

        // NAT64 (64:ff9b::/96) and IPv4-compatible (::/96) addresses end in an IPv4 address; 6to4 (2002::/16) holds one after the prefix.
        if (b.Take(12).SequenceEqual(Nat64Prefix) || b.Take(12).All(x => x == 0))
        {
            return Refusal(new IPAddress(b[12..16])) is { } embedded ? $"an IPv6 address carrying {embedded}" : null;
        }

        if (b[0] == 0x20 && b[1] == 0x02)
        {
            return Refusal(new IPAddress(b[2..6])) is { } embedded ? $"a 6to4 address carrying {embedded}" : null;
        }

        if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0d && b[3] == 0xb8)
        {
            return "a documentation (2001:db8::/32) address";
        }

        return null;
    }

    private static readonly byte[] Nat64Prefix = [0x00, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0];
}
