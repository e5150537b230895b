using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Movement.Core.Yaml;

/// <summary>
/// Passes YamlDotNet's parser events through and remembers where the last good one ended, because on
/// some damaged input (an unclosed '[' at the end, a stray '*') the library throws an exception that
/// carries no position.
/// </summary>
internal sealed class RememberingParser(IParser inner) : IParser
{
    public ParsingEvent? Current => inner.Current;

    /// <summary>Where the last event the parser produced ended: the damage is just after it.</summary>
    public Mark LastGood { get; private set; } = Mark.Empty;

    public bool MoveNext()
    {
        if (inner.Current is { } current)
        {
            LastGood = current.End;
        }

        return inner.MoveNext();
    }
}
