using System.Text.RegularExpressions;

namespace Movement.Core.IO;

/// <summary>A path pattern: '*' matches within one folder name, '**/' any number of folders.</summary>
public sealed class Glob
{
    private readonly Regex _regex;

    public Glob(string pattern)
    {
        Pattern = pattern;
        var expression = Regex.Escape(pattern)
            .Replace(@"\*\*/", "(?:[^/]+/)*", StringComparison.Ordinal)
            .Replace(@"\*", "[^/]*", StringComparison.Ordinal)
            .Replace(@"\?", "[^/]", StringComparison.Ordinal);
        _regex = new Regex("^" + expression + "$", RegexOptions.CultureInvariant);
    }

    public string Pattern { get; }

    public bool IsMatch(string path) => _regex.IsMatch(path);
}
