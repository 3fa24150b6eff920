return Market.Sim.Cli.Run(args, Console.Out, Console.Error);
