using System.Text.RegularExpressions;

namespace Movement.Core.Text;

/// <summary>
/// Recognises a web address written without its scheme ('www.nspcc.org.uk', 'nspcc.org.uk/help'): a link or
/// field with one is otherwise read as a file beside the page, and the author told to create that file.
/// </summary>
public static partial class WebAddresses
{
    public static bool LacksScheme(string text)
    {
        if (text.Contains("://", StringComparison.Ordinal) || text.StartsWith('/') || text.StartsWith('.') || text.StartsWith('#'))
        {
            return false;
        }

        var host = text.Split('/', '?', '#')[0];
        return host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) && host.Length > 4 || Domain().IsMatch(host);
    }

    /// <summary>The address as it should be written, for a hint.</summary>
    public static string WithScheme(string text) => "https://" + text;

    // Top-level domains campaign links use; not file extensions such as .md, .pdf or .png.
    [GeneratedRegex(@"^[a-z0-9-]+(\.[a-z0-9-]+)*\.(com|org|net|uk|gov|nhs|scot|wales|cymru|ie|eu|info|io|edu|int|co)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Domain();
}
