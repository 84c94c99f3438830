package org.staffroomwarden.simulator;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import javax.net.ServerSocketFactory;

/**
 * Server sockets whose connections send at once (TCP_NODELAY), as Discord's do. Without it, a
 * response written in two parts waits for the client's delayed ACK, adding ~40 ms to every request
 * and making latency figures measure the simulator instead of the bot.
 */
final class NoDelayServerSockets extends ServerSocketFactory {

    @Override
    public ServerSocket createServerSocket() throws IOException {
        return new NoDelay();
    }

    @Override
    public ServerSocket createServerSocket(int port) throws IOException {
        return bound(new NoDelay(), new java.net.InetSocketAddress(port), 50);
    }

    @Override
    public ServerSocket createServerSocket(int port, int backlog) throws IOException {
        return bound(new NoDelay(), new java.net.InetSocketAddress(port), backlog);
    }

    @Override
    public ServerSocket createServerSocket(int port, int backlog, InetAddress address) throws IOException {
        return bound(new NoDelay(), new java.net.InetSocketAddress(address, port), backlog);
    }

    private static ServerSocket bound(ServerSocket socket, java.net.SocketAddress address, int backlog)
            throws IOException {
        socket.bind(address, backlog);
        return socket;
    }

    private static final class NoDelay extends ServerSocket {

        NoDelay() throws IOException {
            super();
        }

        @Override
        public Socket accept() throws IOException {
            Socket socket = super.accept();
            socket.setTcpNoDelay(true);
            return socket;
        }
    }
}
