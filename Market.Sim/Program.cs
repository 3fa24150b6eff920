using Market.Sim;

if (args.Length == 0 || args[0] is "-h" or "--help" || (args.Length > 1 && args[1] is "-h" or "--help"))
{
    Console.WriteLine(DemoOptions.Usage);
    return args.Length == 0 ? 2 : 0;
}

if (args[0] != "demo")
{
    Console.Error.WriteLine($"error: unknown command '{args[0]}' (the only command so far is 'demo'; see --help)");
    return 2;
}

(DemoOptions? options, List<string> errors) = DemoOptions.Parse(args.Skip(1).ToArray());
if (options is null)
{
    foreach (string e in errors)
    {
        Console.Error.WriteLine("error: " + e);
    }

    return 2;
}

Console.Write(new EngineDemo(options).Run());
return 0;
