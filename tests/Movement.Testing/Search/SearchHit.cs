using Movement.Site.Search;

namespace Movement.Testing.Search;

public sealed record SearchHit(int Document, int Score);
