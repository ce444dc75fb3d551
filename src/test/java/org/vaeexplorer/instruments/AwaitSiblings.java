package org.vaeexplorer.instruments;

/** Run by {@link LaunchProbeTest} in a JVM of its own: says how many siblings it sees and, once it stopped waiting, how many still run. */
public final class AwaitSiblings {

    private AwaitSiblings() {
    }

    public static void main(String[] args) {
        var siblings = LaunchProbe.siblings();
        System.out.println("siblings " + siblings.size());
        LaunchProbe.whenSiblingsEnd().join();
        System.out.println("siblings ended, running " + siblings.stream().filter(ProcessHandle::isAlive).count());
    }
}
