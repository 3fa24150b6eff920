using System.Security.Cryptography;
using System.Text;

namespace Market.Live.Server;

/// <summary>API keys and client tokens: 32 random bytes, shown once, stored as their SHA-256.</summary>
/// <remarks>A slow password hash is not needed: the secrets have 256 bits of entropy, so a fast hash
/// cannot be brute-forced, and every call checks one.</remarks>
public static class Secrets
{
    /// <summary>A new secret with a prefix that says what it is (<c>mk_</c> key, <c>mc_</c> client token).</summary>
    public static string New(string prefix)
        => prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>The stored form of a secret: lower-case hex SHA-256 of its UTF-8 bytes.</summary>
    public static string Hash(string secret)
        => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(secret))).ToLowerInvariant();
}
