namespace Movement.Site.Search;

public sealed record SearchHit(int Document, int Score);
