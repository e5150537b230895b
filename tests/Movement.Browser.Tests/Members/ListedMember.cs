namespace Movement.Browser.Tests.Members;

/// <summary>One visible entry of the directory: the name and the line under it (type, nations and region).</summary>
public sealed record ListedMember(string Name, string Meta)
{
    public IReadOnlyList<string> Nations => Meta.Split('·')[1].Split(',', StringSplitOptions.TrimEntries); // Type · nations · region.
}
