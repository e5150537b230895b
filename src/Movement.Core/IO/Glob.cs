using System.Text;
using System.Text.RegularExpressions;

namespace Movement.Core.IO;

/// <summary>
/// A path pattern: '*' matches within one folder name, '**/' any number of folders, '?' one character,
/// and '{a,b}' either alternative.
/// </summary>
public sealed class Glob
{
    private readonly Regex _regex;

    public Glob(string pattern)
    {
        Pattern = pattern;
        _regex = new Regex("^" + ToExpression(pattern) + "$", RegexOptions.CultureInvariant);
    }

    public string Pattern { get; }

    public bool IsMatch(string path) => _regex.IsMatch(path);

    private static string ToExpression(string pattern)
    {
        var expression = new StringBuilder();
        var depth = 0;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            switch (c)
            {
                case '*' when pattern.AsSpan(i).StartsWith("**/"):
                    expression.Append("(?:[^/]+/)*");
                    i += 2;
                    break;
                case '*':
                    expression.Append("[^/]*");
                    break;
                case '?':
                    expression.Append("[^/]");
                    break;
                case '{':
                    depth++;
                    expression.Append("(?:");
                    break;
                case '}' when depth > 0:
                    depth--;
                    expression.Append(')');
                    break;
                case ',' when depth > 0:
                    expression.Append('|');
                    break;
                default:
                    expression.Append(Regex.Escape(c.ToString()));
                    break;
            }
        }

        return expression.ToString();
    }
}
