using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Movement.Core.Yaml;

/// <summary>
/// Passes YamlDotNet's parser events through and stops, with the position, at YAML that would exhaust
/// the process: nesting deeper than <see cref="MaxDepth"/> (building the node tree recurses once per
/// level, and .NET cannot catch the stack overflow) and aliases that repeat more than
/// <see cref="MaxAliasNodes"/> values (ten lines of nested aliases can stand for billions of values).
/// The limits are counted on the event stream, so nothing deep or large is ever built.
/// </summary>
internal sealed class BoundedParser(IParser inner) : IParser
{
    /// <summary>Far beyond any settings file: the deepest real front matter is a list of maps, 3 levels.</summary>
    public const int MaxDepth = 64;

    /// <summary>Aliases are allowed, as YAML has them, but may repeat only this many values in all.</summary>
    public const int MaxAliasNodes = 10_000;

    private readonly Dictionary<AnchorName, long> anchorSizes = [];
    private readonly Stack<(AnchorName Anchor, long ProducedBefore)> open = new();
    private long produced;
    private long producedThroughAliases;

    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        if (!inner.MoveNext())
        {
            return false;
        }

        switch (inner.Current)
        {
            case NodeEvent { } start when start is MappingStart or SequenceStart:
                produced++;
                if (open.Count >= MaxDepth)
                {
                    throw new YamlLimitException(start.Start, YamlLimit.Depth);
                }

                open.Push((start.Anchor, produced - 1));
                break;
            case MappingEnd or SequenceEnd when open.Count > 0:
                var (anchor, before) = open.Pop();
                Remember(anchor, produced - before);
                break;
            case Scalar scalar:
                produced++;
                Remember(scalar.Anchor, 1);
                break;
            case AnchorAlias alias:
                var size = anchorSizes.GetValueOrDefault(alias.Value, 1);
                produced += size;
                producedThroughAliases += size;
                if (producedThroughAliases > MaxAliasNodes)
                {
                    throw new YamlLimitException(alias.Start, YamlLimit.Aliases);
                }

                break;
        }

        return true;
    }

    private void Remember(AnchorName anchor, long size)
    {
        if (!anchor.IsEmpty)
        {
            anchorSizes[anchor] = size;
        }
    }
}
