package io.github.gongbao.examples.cli;

import picocli.CommandLine.Command;

@Command(name = "convert")
final class ConvertCommand implements Runnable {
  @Override
  public void run() {}
}
