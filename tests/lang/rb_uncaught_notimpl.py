class Base:
    def run(self):
        return self.step() * 2
    def step(self):
        raise NotImplementedError("subclasses must define step")
class Good(Base):
    def step(self):
        return 21
print(Good().run())
Base().run()
