using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Movement.Site.Content;

/// <summary>URL segments: lowercase letters, digits and single hyphens, so addresses are safe and readable.</summary>
public static partial class Slugs
{
    /// <summary>The longest slug: an address stays readable, and every file made from it fits any file system.</summary>
    public const int MaxLength = 80;

    /// <summary>The length of the hash that keeps two shortened slugs apart.</summary>
    private const int HashLength = 10;

    /// <summary>What a valid slug matches, also published in the authoring JSON Schema.</summary>
    public const string Pattern = "^[a-z0-9]+(?:-[a-z0-9]+)*$";

    public static bool IsValid(string slug) => ValidSlug().IsMatch(slug);

    /// <summary>A slug for a name, shortened when too long (see <see cref="Shorten"/>).</summary>
    public static string FromName(string name) => Shorten(From(name));

    /// <summary>
    /// A slug cut to <see cref="MaxLength"/> at a word (hyphen), then given a short hash of the whole slug, so two
    /// long names that start alike still get different addresses, and the same name always gets the same one.
    /// </summary>
    public static string Shorten(string slug)
    {
        if (slug.Length <= MaxLength)
        {
            return slug;
        }

        var room = MaxLength - HashLength - 1;
        var cut = slug[..room];
        var word = cut.LastIndexOf('-');
        if (slug[room] != '-' && word > room / 2)
        {
            cut = cut[..word];
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(slug)))[..HashLength];
        return $"{cut.TrimEnd('-')}-{hash}";
    }

    /// <summary>Makes a slug from a name: "Anna Freud" becomes "anna-freud", "Home-Start UK" "home-start-uk".</summary>
    public static string From(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (Fold(c) is { } plain)
            {
                builder.Append(plain);
            }
            else if (c == '&')
            {
                builder.Append("-and-");
            }
            else if (c != '\'' && c != '’')
            {
                builder.Append('-');
            }
        }

        return Hyphens().Replace(builder.ToString(), "-").Trim('-');
    }

    // The build runs with invariant globalisation (no ICU), where Normalize cannot strip accents, so the
    // accented letters of UK names (Welsh ŵ and ŷ, Irish and French accents) are folded by hand.
    private const string Accented = "àáâãäåāăąçćčďèéêëēęěìíîïīñńňòóôõöøōŕřśšťùúûüūůŵýÿŷźżž";
    private const string Plain = "aaaaaaaaacccdeeeeeeeiiiiinnnooooooorrsstuuuuuuwyyyzzz";

    private static char? Fold(char c)
    {
        var index = Accented.IndexOf(c);
        return index >= 0 ? Plain[index] : null;
    }

    [GeneratedRegex(Pattern)]
    private static partial Regex ValidSlug();

    [GeneratedRegex("-{2,}")]
    private static partial Regex Hyphens();
}
