using System.Text;
using System.Text.RegularExpressions;

namespace Movement.Site.Modules;

/// <summary>URL segments: lowercase letters, digits and single hyphens, so addresses are safe and readable.</summary>
public static partial class Slugs
{
    public static bool IsValid(string slug) => ValidSlug().IsMatch(slug);

    /// <summary>Makes a slug from a name: "Anna Freud" becomes "anna-freud", "Home-Start UK" "home-start-uk".</summary>
    public static string From(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (c == '&')
            {
                builder.Append("-and-");
            }
            else if (char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark && c != '\'' && c != '’')
            {
                builder.Append('-');
            }
        }

        return Hyphens().Replace(builder.ToString(), "-").Trim('-');
    }

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex ValidSlug();

    [GeneratedRegex("-{2,}")]
    private static partial Regex Hyphens();
}
