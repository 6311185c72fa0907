using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ClerkStation.Features.Webhooks;

/// <summary>
/// How a receiver knows a delivery is ours and fresh: <c>X-ClerkStation-Signature: sha256=HEX</c>, the HMAC-SHA256 with
/// the client's webhook secret over <c>{X-ClerkStation-Timestamp}.{body}</c> (Unix seconds, a dot, the raw body).
/// </summary>
public static class WebhookSignature
{
    public const string SignatureHeader = "X-ClerkStation-Signature";
    public const string TimestampHeader = "X-ClerkStation-Timestamp";
    public const string EventHeader = "X-ClerkStation-Event";
    public const string DeliveryHeader = "X-ClerkStation-Delivery";

    public static string Sign(string secret, long timestamp, string body)
    {
        var message = Encoding.UTF8.GetBytes(timestamp.ToString(CultureInfo.InvariantCulture) + "." + body);
        return "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), message));
    }

    public static bool Verify(string secret, string timestamp, string body, string signature) =>
        long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var at)
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(secret, at, body)), Encoding.ASCII.GetBytes(signature));
}
