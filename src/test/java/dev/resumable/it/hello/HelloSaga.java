package dev.resumable.it.hello;

import dev.resumable.Resumable;
import dev.resumable.Saga;
import dev.resumable.Step;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * HelloSaga: a money transfer of a withdrawal and a deposit; when the deposit fails, the
 * withdrawal is compensated, durably.
 */
public class HelloSaga {

  /** The bank; deposits to a closed account fail. */
  public static class Bank {
    final List<String> ledger = new CopyOnWriteArrayList<>();

    @Step
    public void withdraw(String account, int amount) {
      ledger.add("withdraw " + amount + " from " + account);
    }

    @Step(maxAttempts = 1)
    public void deposit(String account, int amount) {
      if (account.startsWith("closed")) {
        throw new IllegalStateException("account " + account + " is closed");
      }
      ledger.add("deposit " + amount + " to " + account);
    }

    @Step
    public void depositBack(String account, int amount) {
      ledger.add("refund " + amount + " to " + account);
    }
  }

  final Bank bank;

  public HelloSaga(Bank bank) {
    this.bank = bank;
  }

  @Resumable
  public String transfer(String from, String to, int amount) throws Exception {
    Saga saga = new Saga();
    try {
      bank.withdraw(from, amount);
      saga.onUndo(() -> bank.depositBack(from, amount));
      bank.deposit(to, amount);
      return "transferred " + amount;
    } catch (IllegalStateException e) {
      saga.compensate();
      return "undone: " + e.getMessage();
    }
  }
}
