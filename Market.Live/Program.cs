using Market.Live;
using Market.Live.Cli;

// Market.Live: the dispatcher, the worker, the command line for people, and local job runs.
const string Usage = """
    Market.Live — the live market

    usage: market COMMAND ...   (each command has --help)
      serve                      run the dispatcher (gRPC + store)
      worker --token T           sell this machine's idle time
      account create | show      accounts
      client register            register a machine
      job submit | status | result | price      jobs on the dispatcher
      job run | check | inspect  run and check jobs locally
      log export --out FILE      write the dispatcher's command log (for `Market.Sim replay`)

    """;

if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
{
    Console.Out.Write(Usage);
    return args.Length == 0 ? 2 : 0;
}
string? verb = args.Length > 1 ? args[1] : null;
switch (args[0])
{
    case "serve":
        return ServeCommand.Run(args[1..], Console.Out, Console.Error);
    case "worker":
        return await WorkerCommand.Run(args[1..], Console.Out, Console.Error);
    case "log":
        return LogCommand.Run(args[1..], Console.Out, Console.Error);
    case var noun when RemoteCommands.Handles(noun, verb):
        return RemoteCommands.Run(noun, verb!, args[2..], Console.Out, Console.Error);
    case "job":
        return JobCommand.Run(args[1..], Console.Out, Console.Error);
    case "account" or "client":
        Console.Error.WriteLine($"error: unknown command '{args[0]} {verb}'");
        Console.Error.Write(RemoteCommands.Usage);
        return 2;
    default:
        Console.Error.WriteLine($"error: unknown command '{args[0]}'");
        Console.Error.Write(Usage);
        return 2;
}
