package io.github.gongbao.examples.cli;

import picocli.CommandLine.Command;

@Command(name = "numeral")
final class NumeralCommand implements Runnable {
  @Override
  public void run() {}
}
