using Market.Live;

// Market.Live: for now only the `job` command (the live dispatcher comes in its own issue).
if (args.Length > 0 && args[0] == "job")
{
    return JobCommand.Run(args[1..], Console.Out, Console.Error);
}
if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
{
    Console.Out.Write("Market.Live\n\n" + JobCommand.Usage);
    return args.Length == 0 ? 2 : 0;
}
Console.Error.WriteLine($"error: unknown command '{args[0]}'");
Console.Error.Write(JobCommand.Usage);
return 2;
