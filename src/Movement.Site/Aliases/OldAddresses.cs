using System.Text.RegularExpressions;

namespace Movement.Site.Aliases;

/// <summary>What an old address in 'aliases:' may be: site path segments of letters, digits, '-', '_' and '.', never '..'.</summary>
public static partial class OldAddresses
{
    /// <summary>Also published in the authoring JSON Schema; no ':' means no 'https://', no '..' means no climbing out.</summary>
    public const string Pattern = @"^(?!.*\.\.)/*[A-Za-z0-9_.-]+(?:/[A-Za-z0-9_.-]+)*/*$";

    public static bool IsSafe(string alias) => Safe().IsMatch(alias);

    [GeneratedRegex(Pattern)]
    private static partial Regex Safe();
}
