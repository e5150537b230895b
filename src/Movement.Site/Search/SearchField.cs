namespace Movement.Site.Search;

/// <summary>The parts of a page that are indexed, each weighed differently.</summary>
public enum SearchField
{
    Title,
    Headings,
    Summary,
    Details,
    Body,
}
