using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;

namespace MissileTracker.Web.Accounts;

/// <summary>
/// The hash of a random password, made once by the configured hasher (so checking against it
/// costs what checking a real account's password costs), for sign-ins that have no real hash to check.
/// </summary>
public sealed class DecoyPasswordHash
{
    public static readonly TrackerUser User = new();

    private string? _hash;

    // Two first sign-ins at once may both make a hash; either serves.
    public string HashWith(IPasswordHasher<TrackerUser> hasher) =>
        _hash ??= hasher.HashPassword(User, Convert.ToHexString(RandomNumberGenerator.GetBytes(32)));
}
