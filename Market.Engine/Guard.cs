namespace Market.Engine;

/// <summary>Argument checks for the public entry points, in one place.</summary>
internal static class Guard
{
    public static T NotNull<T>(T? value, string name)
        where T : class
        => value ?? throw new System.ArgumentNullException(name);

    public static void Require(bool condition, string name, string message)
    {
        if (!condition)
        {
            throw new System.ArgumentException(message, name);
        }
    }

    public static void State(bool condition, string message)
    {
        if (!condition)
        {
            throw new System.InvalidOperationException(message);
        }
    }
}
