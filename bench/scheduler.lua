-- OOP in the style of richards: tasks of four classes exchange packets through a priority scheduler (method calls, inheritance, linked lists)
local Packet = {}
Packet.__index = Packet

function Packet.new(kind, owner)
  return setmetatable({kind = kind, owner = owner, link = nil, used = 0, data = {0, 0, 0, 0}}, Packet)
end

-- Appends a packet to a linked queue and returns the queue's head.
local function append(queue, packet)
  packet.link = nil
  if queue == nil then return packet end
  local last = queue
  while last.link ~= nil do last = last.link end
  last.link = packet
  return queue
end

local Task = {}
Task.__index = Task

function Task.init(self, scheduler, id, priority)
  self.scheduler, self.id, self.priority = scheduler, id, priority
  self.queue, self.held, self.waiting = nil, false, false
  self.runs = 0
  return self
end

function Task:runnable()
  return not self.held and (self.queue ~= nil or not self.waiting)
end

function Task:receive(packet)
  self.queue = append(self.queue, packet)
end

function Task:next_packet()
  local packet = self.queue
  if packet ~= nil then self.queue = packet.link end
  return packet
end

local function subclass(base)
  local class = setmetatable({}, {__index = base})
  class.__index = class
  return class
end

-- The idle task never waits: it releases a device task chosen by a pseudo-random sequence, until its count runs out.
local Idle = subclass(Task)
function Idle.new(scheduler, id, count)
  local self = Task.init(setmetatable({}, Idle), scheduler, id, 0)
  self.count, self.seed = count, 1
  return self
end
function Idle:run()
  self.count = self.count - 1
  if self.count == 0 then
    self.scheduler.finished = true
    return
  end
  self.seed = (self.seed * 16807) % 2147483647
  if self.seed % 2 == 0 then self.scheduler:release("device_a") else self.scheduler:release("device_b") end
end

-- The worker fills work packets with letters and sends them to the two handlers in turn.
local Worker = subclass(Task)
function Worker.new(scheduler, id)
  local self = Task.init(setmetatable({}, Worker), scheduler, id, 1000)
  self.letter, self.to_a = 0, true
  return self
end
function Worker:run(packet)
  if packet == nil then
    self.waiting = true
    return
  end
  packet.used = 0
  for i = 1, 4 do
    self.letter = self.letter % 26 + 1
    packet.data[i] = self.letter
  end
  local target = self.to_a and "handler_a" or "handler_b"
  self.to_a = not self.to_a
  self.scheduler:send(packet, target)
end

-- A handler pairs work packets with device packets: one letter of work per device packet, sent to its device.
local Handler = subclass(Task)
function Handler.new(scheduler, id, priority, device)
  local self = Task.init(setmetatable({}, Handler), scheduler, id, priority)
  self.device, self.work, self.devices = device, nil, nil
  return self
end
function Handler:run(packet)
  if packet ~= nil then
    if packet.kind == "work" then self.work = append(self.work, packet)
    else self.devices = append(self.devices, packet) end
  end
  local work = self.work
  if work ~= nil then
    if work.used == 4 then
      self.work = work.link
      self.scheduler:send(work, "worker")
      return
    end
    local device_packet = self.devices
    if device_packet ~= nil then
      self.devices = device_packet.link
      work.used = work.used + 1
      device_packet.data[1] = work.data[work.used]
      self.scheduler:send(device_packet, self.device)
      return
    end
  end
  self.waiting = true
end

-- A device keeps each packet it gets and holds itself; once released by the idle task it returns one packet.
local Device = subclass(Task)
function Device.new(scheduler, id, priority, handler)
  local self = Task.init(setmetatable({}, Device), scheduler, id, priority)
  self.handler, self.pending = handler, nil
  return self
end
function Device:run(packet)
  if packet ~= nil then
    self.pending = append(self.pending, packet)
    self.scheduler:hold()
    return
  end
  local done = self.pending
  if done == nil then
    self.waiting = true
    return
  end
  self.pending = done.link
  self.scheduler.checksum = (self.scheduler.checksum * 3 + done.data[1]) % 1000003
  self.scheduler:send(done, self.handler)
end

local Scheduler = {}
Scheduler.__index = Scheduler

function Scheduler.new()
  return setmetatable({tasks = {}, by_id = {}, current = nil, finished = false, checksum = 0, sends = 0, holds = 0},
    Scheduler)
end

function Scheduler:add(task)
  -- Kept sorted by priority, highest first.
  local tasks = self.tasks
  local i = #tasks + 1
  while i > 1 and tasks[i - 1].priority < task.priority do
    tasks[i] = tasks[i - 1]
    i = i - 1
  end
  tasks[i] = task
  self.by_id[task.id] = task
end

function Scheduler:send(packet, target)
  self.sends = self.sends + 1
  packet.owner = self.current.id
  local task = self.by_id[target]
  task:receive(packet)
  task.waiting = false
end

function Scheduler:hold()
  self.holds = self.holds + 1
  self.current.held = true
end

function Scheduler:release(id)
  self.by_id[id].held = false
end

function Scheduler:run()
  local tasks = self.tasks
  while not self.finished do
    for i = 1, #tasks do
      local task = tasks[i]
      if task:runnable() then
        self.current = task
        task.runs = task.runs + 1
        task.waiting = false
        task:run(task:next_packet())
        break
      end
    end
  end
end

local function simulate(idle_count)
  local s = Scheduler.new()
  s:add(Idle.new(s, "idle", idle_count))
  local worker = Worker.new(s, "worker")
  s:add(worker)
  for _ = 1, 2 do worker:receive(Packet.new("work", "worker")) end
  local handler_a = Handler.new(s, "handler_a", 2000, "device_a")
  local handler_b = Handler.new(s, "handler_b", 3000, "device_b")
  s:add(handler_a)
  s:add(handler_b)
  for _ = 1, 3 do
    handler_a:receive(Packet.new("device", "handler_a"))
    handler_b:receive(Packet.new("device", "handler_b"))
  end
  s:add(Device.new(s, "device_a", 4000, "handler_a"))
  s:add(Device.new(s, "device_b", 5000, "handler_b"))
  s:run()
  local runs = {}
  for i, task in ipairs(s.tasks) do runs[i] = string.format("%s=%d", task.id, task.runs) end
  return string.format("sends=%d holds=%d checksum=%d %s", s.sends, s.holds, s.checksum, table.concat(runs, " "))
end

print(simulate(250000))
